-- Stored scores. Readers see, per scheme, only the version the serving pointer names, so a full
-- rescore writes a new version's rows beside the old ones and switches the pointer in one
-- transaction: nobody ever reads a mix of versions.
create sequence score_write_seq;

create table subject_score (
  subject_code   varchar(18) not null,
  scheme_id      varchar(64) not null,
  scheme_version int         not null,
  as_of          date        not null,
  dimensions     jsonb       not null,   -- [{"dimension","score","rating"}] in scheme order
  composite      jsonb,                  -- {"score","rating"} where the scheme declares one
  reasons        text[]      not null,   -- the ranked key reason codes (at most four)
  cause          text        not null,
  write_seq      bigint      not null default nextval('score_write_seq'),
  computed_at    timestamptz not null default now(),
  primary key (subject_code, scheme_id, scheme_version)
);
-- No index on (scheme_id, scheme_version): work on a whole version scans anyway, and such an
-- index lured the planner away from the primary key for per-subject lookups (seconds per batch).

-- Which version of each scheme readers see, and as of which day its full rescore ran.
create table score_serving (
  scheme_id      varchar(64) primary key,
  scheme_version int         not null,
  as_of          date        not null,
  job_id         bigint      not null,
  switched_at    timestamptz not null default now()
);

-- Every change of a subject's score under a scheme, with its cause; append-only.
create table score_history (
  id             bigserial   primary key,
  subject_code   varchar(18) not null,
  scheme_id      varchar(64) not null,
  scheme_version int         not null,
  as_of          date        not null,
  dimensions     jsonb       not null,
  composite      jsonb,
  reasons        text[]      not null,
  cause          text        not null,
  recorded_at    timestamptz not null default now()
);
create index score_history_subject on score_history (subject_code, id);
create trigger score_history_append_only before update or delete on score_history
  for each row execute function refuse_change();

-- Full rescores: one scheme version over everyone it covers, in the background.
create table rescore_job (
  id             bigserial   primary key,
  scheme_id      varchar(64) not null,
  scheme_version int         not null,
  as_of          date        not null,
  reason         text        not null,
  state          varchar(8)  not null check (state in ('RUNNING', 'DONE', 'FAILED')),
  snapshot_seq   bigint      not null,
  total          bigint      not null default 0,
  done           bigint      not null default 0,
  changed        bigint      not null default 0,
  requested_by   text        not null,
  started_at     timestamptz not null default now(),
  staged_at      timestamptz,            -- everyone scored and staged; the switch follows
  finished_at    timestamptz,
  error          text
);
create unique index rescore_job_one_running on rescore_job (scheme_id) where state = 'RUNNING';

-- A job's results wait in an unlogged table of its own, score_staging_<job id>, created with the
-- job and dropped by its switch (or its failure): no index to maintain while it fills.
