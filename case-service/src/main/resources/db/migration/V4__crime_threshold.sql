-- Issue 17: the criminal threshold of trade-secret infringement (Criminal Law art. 219) as dated
-- data with its source; a case's suspected-crime finding follows the amount established, with its
-- grounds.
create table crime_threshold (
    id                varchar(40)    primary key,
    offence           varchar(40)    not null,
    valid_from        date           not null,
    valid_to          date,
    loss_or_gain_yuan numeric(14, 2) not null,
    source            varchar(2000)  not null,
    constraint crime_threshold_validity_ordered check (valid_to is null or valid_to >= valid_from),
    constraint crime_threshold_validity_not_overlapping
        exclude using gist (offence with =, daterange(valid_from, valid_to, '[]') with &&)
);
insert into crime_threshold values
    ('SPC-SPP-2020-IP-III', 'CRIMINAL-LAW-219', date '2020-09-14', date '2025-04-25', 300000,
     'SPC/SPP Interpretation (III) on criminal cases of infringing intellectual property (2020), '
         || 'art. 4: loss to the rights holder or illegal gains of 300,000 yuan or more, as the '
         || 'platform held it before issue 17. Its in-force date is not in the project''s sources '
         || '(/work/shared) and is not verified here.'),
    ('FASHI-2025-5', 'CRIMINAL-LAW-219', date '2025-04-26', null, 300000,
     'SPC/SPP interpretation 法释〔2025〕5号, in force 2025-04-26 (BRIEF.md, issue 17): loss to the '
         || 'rights holder or illegal gains of 300,000 yuan or more is "serious" (2,500,000 yuan '
         || '"especially serious"); the rights holder''s bankruptcy is a ground the platform does not '
         || 'record yet.');

-- What an appraisal of the loss established, and the finding it led to.
alter table appraisal
    add column established_loss numeric(14, 2),
    add column illegal_gains    numeric(14, 2);
alter table infringement_case
    add column established_loss       numeric(14, 2),
    add column illegal_gains          numeric(14, 2),
    add column crime_threshold        varchar(40) references crime_threshold (id),
    add column suspected_crime_grounds varchar(1000);
