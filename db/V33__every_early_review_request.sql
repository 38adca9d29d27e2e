-- Everyone who asked for a review early [W ¶189]: a second request while the review is open joins it instead of
-- replacing the first requester. Keyed by the step that recorded it, so a retried step writes it once.
create table review_early_request (
  id               uuid primary key,
  review_id        uuid not null references review (id),
  step_key         varchar(64) not null,
  requested_by     varchar(200) not null,
  requester_role   varchar(20) not null,
  reason           varchar(4000) not null,
  requested_at     timestamp with time zone not null,
  constraint review_early_request_step_unique unique (step_key)
);
create index review_early_request_review on review_early_request (review_id, requested_at);
