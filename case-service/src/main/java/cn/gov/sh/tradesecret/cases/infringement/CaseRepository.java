package cn.gov.sh.tradesecret.cases.infringement;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CaseRepository
    extends JpaRepository<InfringementCase, UUID>, JpaSpecificationExecutor<InfringementCase> {}
