-- Self-assessment (issue 19): sector guides as data (areas, questions, weights, advice) and the
-- enterprises' answers. The score is computed from the guide and the answers, never stored apart.
create table assessment_guide (
    id     varchar(40)   primary key,
    sector varchar(100)  not null,
    title  varchar(200)  not null,
    source varchar(1000) not null
);

create table guide_area (
    guide_id varchar(40)  not null references assessment_guide (id),
    code     varchar(40)  not null,
    title    varchar(200) not null,
    weight   int          not null check (weight > 0),
    position int          not null,
    primary key (guide_id, code)
);

create table guide_question (
    guide_id  varchar(40)   not null,
    code      varchar(40)   not null,
    area_code varchar(40)   not null,
    text      varchar(1000) not null,
    weight    int           not null check (weight > 0),
    advice    varchar(1000) not null,
    position  int           not null,
    primary key (guide_id, code),
    foreign key (guide_id, area_code) references guide_area (guide_id, code)
);

create table self_assessment (
    id           uuid         primary key,
    guide_id     varchar(40)  not null references assessment_guide (id),
    account      varchar(100) not null,
    credit_code  varchar(18)  not null,
    district     varchar(6)   not null,
    shared       boolean      not null,
    submitted_at timestamptz  not null
);
create index self_assessment_enterprise on self_assessment (credit_code, submitted_at desc);
create index self_assessment_shared on self_assessment (district, submitted_at desc) where shared;

create table self_assessment_answer (
    assessment_id uuid        not null references self_assessment (id),
    question_code varchar(40) not null,
    answer        varchar(10) not null,
    primary key (assessment_id, question_code)
);

-- The integrated-circuit guide: the areas the white paper lists for IC firms (Lingang's
-- self-evaluation guide). Weights are the platform's first proposal, to be tuned with the bureaus.
insert into assessment_guide (id, sector, title, source) values
  ('ic-2026', 'INTEGRATED_CIRCUITS', '集成电路企业商业秘密保护自评指引',
   'Areas after the Shanghai trade-secret protection white paper (Lingang self-evaluation guide for '
   || 'integrated-circuit firms); questions, weights and advice are the platform''s proposal.');

insert into guide_area (guide_id, code, title, weight, position) values
  ('ic-2026', 'CLASSIFICATION', '商业秘密识别与定密分级', 3, 1),
  ('ic-2026', 'MEASURES',       '保密措施',               3, 2),
  ('ic-2026', 'STAFF',          '人员入职与离职管理',     3, 3),
  ('ic-2026', 'RD_RECORDS',     '研发过程记录',           2, 4),
  ('ic-2026', 'PARTNERS',       '合作方与供应商管理',     2, 5),
  ('ic-2026', 'INCIDENTS',      '泄密事件应对',           2, 6);

insert into guide_question (guide_id, code, area_code, text, weight, advice, position) values
  ('ic-2026', 'CLS-1', 'CLASSIFICATION', '是否建立商业秘密清单, 覆盖版图设计、工艺参数、源代码与客户信息?', 3,
   '建立并每年更新商业秘密清单, 明确版图、工艺配方、IP 核与客户信息等密点。', 1),
  ('ic-2026', 'CLS-2', 'CLASSIFICATION', '是否按密级分级并指定每项秘密的责任人?', 2,
   '按核心、重要、一般分级, 为每一密点指定责任部门与责任人。', 2),
  ('ic-2026', 'MEA-1', 'MEASURES', '涉密文件与 EDA 环境是否设置访问权限并留存访问日志?', 3,
   '对 EDA 服务器、版图库设置最小权限, 日志至少保存三年。', 3),
  ('ic-2026', 'MEA-2', 'MEASURES', '是否对外发邮件、网盘与移动存储介质采取管控?', 2,
   '部署数据防泄漏措施, 禁用或审批移动存储介质与个人网盘。', 4),
  ('ic-2026', 'STF-1', 'STAFF', '员工入职时是否签订保密协议并进行保密培训?', 2,
   '入职即签订保密协议, 培训留档, 明确保密义务范围。', 5),
  ('ic-2026', 'STF-2', 'STAFF', '核心人员离职时是否进行离职面谈、资料交接与权限回收?', 3,
   '离职前回收账号与设备, 书面交接并提示保密义务, 必要时签订竞业限制协议。', 6),
  ('ic-2026', 'RDR-1', 'RD_RECORDS', '研发过程文档是否有版本记录并可证明形成时间?', 2,
   '使用版本管理系统, 对关键设计文件进行存证 (时间戳), 以证明形成时间。', 7),
  ('ic-2026', 'PAR-1', 'PARTNERS', '与代工厂、封测厂及供应商是否签订保密条款并限定使用范围?', 2,
   '合同中约定保密义务、使用范围与违约责任, 按需最小化提供资料。', 8),
  ('ic-2026', 'PAR-2', 'PARTNERS', '向合作方提供的资料是否登记并在合作结束后收回或销毁?', 1,
   '建立对外提供资料台账, 合作结束时书面确认收回或销毁。', 9),
  ('ic-2026', 'INC-1', 'INCIDENTS', '是否制定泄密事件应急预案并明确报告路径?', 2,
   '制定应急预案: 发现、固定证据、内部报告, 并及时向属地市场监管部门举报。', 10),
  ('ic-2026', 'INC-2', 'INCIDENTS', '发现泄密后能否及时固定电子证据?', 2,
   '对日志、邮件与文件计算哈希并存证, 保持证据链完整。', 11);
