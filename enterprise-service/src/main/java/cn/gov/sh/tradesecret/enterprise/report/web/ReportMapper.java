package cn.gov.sh.tradesecret.enterprise.report.web;

import cn.gov.sh.tradesecret.enterprise.report.InfringementReport;
import cn.gov.sh.tradesecret.enterprise.report.Reports;
import cn.gov.sh.tradesecret.enterprise.report.Suspect;
import cn.gov.sh.tradesecret.support.web.MappingConfig;
import org.mapstruct.Mapper;

/** Maps reports between the API and the domain. */
@Mapper(config = MappingConfig.class)
interface ReportMapper {

  ReportResponse toResponse(InfringementReport report);

  ReportResponse.SuspectResponse toResponse(Suspect suspect);

  Reports.Submission toSubmission(SubmitReportRequest request);

  Suspect toSuspect(SubmitReportRequest.SuspectRequest suspect);
}
