package cn.gov.sh.tradesecret.referrals.casewatch;

import org.springframework.data.jpa.repository.JpaRepository;

interface WatchedCaseRepository extends JpaRepository<WatchedCase, String> {}
