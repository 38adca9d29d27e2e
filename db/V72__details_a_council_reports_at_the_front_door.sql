-- The front door asks the details a council reports too, each optional: kept with the contact as it was told
-- (checked against the same national code lists as the person's record, by org.letstalk.person.DetailsForm), they
-- fill in what the person's record lacks, once the contact is known to be about that person.

alter table contact add column title                  varchar(35);
alter table contact add column preferred_name         varchar(100);
alter table contact add column email                  varchar(254);
alter table contact add column stated_gender          varchar(1);
alter table contact add column phenotypic_sex         varchar(1);
alter table contact add column ethnic_category        varchar(2);
alter table contact add column primary_support_reason varchar(40);
alter table contact add column gp_practice            varchar(10);
alter table contact add column main_language          varchar(2);
