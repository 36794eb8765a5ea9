-- Scoring schemes: every version kept; a published or retired version's definition is frozen.
create table scheme_version (
  scheme_id      varchar(64) not null,
  version        int         not null,
  status         varchar(16) not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
  title          text        not null,
  jurisdiction   varchar(6)  not null,
  subject_kinds  text[]      not null,
  effective_from date        not null,
  published_on   date,
  retired_on     date,
  definition     text        not null,
  changed_by     text        not null,
  changed_at     timestamptz not null default now(),
  primary key (scheme_id, version)
);

create function refuse_published_scheme_change() returns trigger language plpgsql as $$
begin
  if old.status <> 'DRAFT' and new.definition is distinct from old.definition then
    raise exception 'scheme % v% is % and immutable: publish a new version instead',
      old.scheme_id, old.version, old.status;
  end if;
  return new;
end $$;
create trigger scheme_version_frozen before update on scheme_version
  for each row execute function refuse_published_scheme_change();
