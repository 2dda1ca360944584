-- A filing rule's title as officers read it: the console names the rule in force from this row
-- (lead.filingRule), never from its own text. The Chinese title is the project's rendering of
-- "SAMR Trade Secret Protection Provisions (Order No. 126)" (BRIEF.md), as the console showed it.
alter table jurisdiction_rule add column title varchar(300);
update jurisdiction_rule set title = '《商业秘密保护规定》（国家市场监督管理总局令第126号）'
 where id = 'SAMR-ORDER-126';
alter table jurisdiction_rule alter column title set not null;
