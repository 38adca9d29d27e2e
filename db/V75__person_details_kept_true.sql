-- The person's details kept true: the data a council reports and the Welsh core data set, each optional and
-- checked against its national code list by the application (org.letstalk.person.NationalCodes), and the history
-- of every change to the details: who changed which field, when, and the value it had before.

alter table person add column title                  varchar(35);
alter table person add column preferred_name         varchar(100);
-- NHS Data Dictionary PERSON STATED GENDER CODE and PERSON PHENOTYPIC SEX: one character each.
alter table person add column stated_gender          varchar(1);
alter table person add column phenotypic_sex         varchar(1);
-- NHS Data Dictionary ETHNIC CATEGORY: a letter, or 99 for not known.
alter table person add column ethnic_category        varchar(2);
-- England's Client Level Data primary support reason, by its name in NationalCodes.
alter table person add column primary_support_reason varchar(40);
-- The GP practice's ODS code.
alter table person add column gp_practice            varchar(10);
-- ISO 639-1 code of the language the person speaks best, and whether they need an interpreter.
alter table person add column main_language          varchar(2);
alter table person add column interpreter_needed     boolean;
alter table person add column email                  varchar(254);
alter table person add column consent_to_share       boolean;

create table person_change (
  id          uuid primary key,
  person_id   uuid not null references person (id),
  field       varchar(40) not null,
  old_value   varchar(1000),
  new_value   varchar(1000),
  changed_by  varchar(100) not null,
  changed_at  timestamp with time zone not null
);

create index person_change_person on person_change (person_id, changed_at);
