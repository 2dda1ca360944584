package cn.gov.sh.tradesecret.cases.lead;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeadRepository extends JpaRepository<Lead, UUID> {

  Page<Lead> findByDistrict(String district, Pageable pageable);
}
