package cn.gov.sh.tradesecret.enterprise.deposit;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DepositRepository extends JpaRepository<EvidenceDeposit, UUID> {

  Optional<EvidenceDeposit> findBySha256(String sha256);

  boolean existsBySha256(String sha256);

  Page<EvidenceDeposit> findByCreditCode(String creditCode, Pageable pageable);

  /** The serial number of the next token, also the receipt's number. */
  @Query(value = "select nextval('deposit_serial_seq')", nativeQuery = true)
  long nextSerial();
}
