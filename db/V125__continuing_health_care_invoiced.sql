-- Funding flagged for recovery from the NHS [T 2.56; H P4] is invoiced by the finance team: the invoice's reference,
-- who raised it and when, kept with the consideration. Until then the amount counts as still to recover.
alter table chc_consideration add column invoice_reference varchar(100);
alter table chc_consideration add column invoiced_by varchar(100);
alter table chc_consideration add column invoiced_at timestamp with time zone;
