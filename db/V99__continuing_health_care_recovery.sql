-- Funding the council paid without prejudice for care the NHS is found to fund [T 2.56; H P4] is recovered: the
-- period the NHS owes for, its weekly share, and the amount owed, kept with the consideration.
alter table chc_consideration add column nhs_responsible_from date;
alter table chc_consideration add column council_paid_until date;
alter table chc_consideration add column nhs_weekly_share numeric(12, 2);
alter table chc_consideration add column amount_to_recover numeric(12, 2);
