package cn.gov.sh.tradesecret.enterprise.deposit.web;

import cn.gov.sh.tradesecret.enterprise.deposit.Deposits;
import cn.gov.sh.tradesecret.enterprise.deposit.EvidenceDeposit;
import cn.gov.sh.tradesecret.support.web.MappingConfig;
import org.mapstruct.Mapper;

/** Maps deposits between the API and the domain. */
@Mapper(config = MappingConfig.class)
interface DepositMapper {

  DepositResponse toResponse(EvidenceDeposit deposit);

  VerificationResponse toResponse(Deposits.Verification verification);

  Deposits.Deposit toDeposit(DepositRequest request);
}
