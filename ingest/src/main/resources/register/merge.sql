-- Merges the good rows into raw_mark. For each (school, pupil, date, session) the mark from the
-- latest export wins, whatever the order files arrive in; a mark that loses goes to history.
-- ${urn}, ${first_date} and ${last_date} are literals (the school and the dates of this file's
-- good rows), so every read of raw_mark skips the row groups of other schools and dates.
create or replace temp table register_valid as
select
    checked.urn,
    checked.upn,
    checked.admission_day as admission_date,
    checked.leaving_day as leaving_date,
    checked.session_date,
    checked.session,
    checked.mark,
    checked.late_minutes as minutes_late,
    context.exported_at,
    context.load_id,
    context.file_name as source_file,
    checked.source_line
from register_checked as checked
cross join register_context as context
where checked.rule_code is null;

create or replace temp table register_current as
select *
from raw_mark
where urn = ${urn} and session_date between ${first_date} and ${last_date};

-- current marks that this later export replaces
insert into raw_mark_history
select
    cur.urn, cur.upn, cur.session_date, cur.session, cur.mark, cur.minutes_late,
    cur.exported_at, cur.load_id, cur.source_file, cur.source_line,
    new.mark, new.exported_at, new.load_id, new.source_file
from register_current as cur
join register_valid as new
    on cur.urn = new.urn and cur.upn = new.upn
   and cur.session_date = new.session_date and cur.session = new.session
where cur.exported_at < new.exported_at
  and (cur.mark is distinct from new.mark or cur.minutes_late is distinct from new.minutes_late);

-- marks of an older export that arrived late: superseded on arrival
insert into raw_mark_history
select
    new.urn, new.upn, new.session_date, new.session, new.mark, new.minutes_late,
    new.exported_at, new.load_id, new.source_file, new.source_line,
    cur.mark, cur.exported_at, cur.load_id, cur.source_file
from register_valid as new
join register_current as cur
    on cur.urn = new.urn and cur.upn = new.upn
   and cur.session_date = new.session_date and cur.session = new.session
where cur.exported_at > new.exported_at
  and (cur.mark is distinct from new.mark or cur.minutes_late is distinct from new.minutes_late);

delete from raw_mark as cur
using register_valid as new
where cur.urn = ${urn} and cur.session_date between ${first_date} and ${last_date}
  and cur.urn = new.urn and cur.upn = new.upn
  and cur.session_date = new.session_date and cur.session = new.session
  and cur.exported_at < new.exported_at;

insert into raw_mark
select
    new.urn, new.upn, new.admission_date, new.leaving_date, new.session_date, new.session,
    new.mark, new.minutes_late, new.exported_at, new.load_id, new.source_file, new.source_line
from register_valid as new
where not exists (
    select 1
    from register_current as cur
    where cur.urn = new.urn and cur.upn = new.upn
      and cur.session_date = new.session_date and cur.session = new.session
      and cur.exported_at >= new.exported_at
);

drop table register_valid;
drop table register_current;
