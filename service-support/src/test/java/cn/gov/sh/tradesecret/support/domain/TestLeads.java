package cn.gov.sh.tradesecret.support.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TestLeads extends JpaRepository<TestLead, UUID> {}
