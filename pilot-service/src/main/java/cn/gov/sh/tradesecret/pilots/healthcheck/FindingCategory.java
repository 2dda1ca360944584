package cn.gov.sh.tradesecret.pilots.healthcheck;

/**
 * The categories of health-check findings, from the problems the district reports of the 2025 white
 * paper name (Songjiang's 12 categories of common problems: "涉密人员管理松散", "电子数据存证缺失", "竞业限制协议漏洞"...;
 * Minhang's secret-point identification and physical protection; Lingang's classification and
 * departing employees; Pudong's data and network environment).
 */
public enum FindingCategory {
  /** 密点确定: what the secrets are is not identified */
  SECRET_IDENTIFICATION,
  /** 定密分级: no classification by level */
  CLASSIFICATION_AND_GRADING,
  /** 保密制度: confidentiality rules missing or outdated */
  CONFIDENTIALITY_RULES,
  /** 涉密人员管理: personnel with access to secrets */
  PERSONNEL_WITH_ACCESS,
  /** 保密协议: confidentiality agreements */
  CONFIDENTIALITY_AGREEMENTS,
  /** 竞业限制: non-compete agreements */
  NON_COMPETE_AGREEMENTS,
  /** 员工离职管理: departing employees */
  DEPARTING_EMPLOYEES,
  /** 电子数据存证: electronic data and its deposit as evidence */
  ELECTRONIC_DATA_AND_DEPOSIT,
  /** 网络与信息系统: network and information systems, access logs */
  NETWORK_AND_INFORMATION_SYSTEMS,
  /** 物理隔离与门禁: physical access control, isolated areas */
  PHYSICAL_ACCESS_CONTROL,
  /** 合作方与外包: partners, suppliers and outsourcing */
  PARTNERS_AND_OUTSOURCING,
  /** 数据商业秘密: data and data products as trade secrets */
  DATA_PROTECTION,
  /** 培训与意识: training and awareness */
  TRAINING_AND_AWARENESS,
  /** 维权预案: infringement response plan, insurance */
  INFRINGEMENT_RESPONSE,
  OTHER
}
