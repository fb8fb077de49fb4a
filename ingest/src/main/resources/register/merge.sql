-- Merges the good rows of the batch's accepted files into raw_mark. For each (school, pupil, date,
-- session) the mark from the latest export wins, whatever the order files arrive in, within the
-- batch and against marks loaded before (on a tie the mark loaded first stays). Every mark that
-- loses to a later export goes to history with the mark that replaced it. ${urns}, ${first_date}
-- and ${last_date} are literals (the batch's schools and dates), so reads of raw_mark skip the row
-- groups of other schools and dates.
create or replace temp view register_valid as
select
    files.urn,
    checked.upn,
    checked.admission_day as admission_date,
    checked.leaving_day as leaving_date,
    checked.session_date,
    checked.session,
    checked.mark,
    checked.late_minutes as minutes_late,
    files.exported_at,
    files.load_id,
    files.file_name as source_file,
    checked.source_line,
    -- one number per key; a collision only makes a key contested, judged below by the real key
    checked.key_hash
from register_checked as checked
join register_file as files on files.file_id = checked.file_id and files.accepted
where checked.rule_code is null;

create or replace temp table register_current as
select current_marks.*
from (
    select *, hash(urn, upn, session_date, session) as key_hash
    from raw_mark
    where urn in (${urns}) and session_date between ${first_date} and ${last_date}
) as current_marks
semi join register_valid using (key_hash);

-- keys with more than one candidate mark: sent twice in the batch (judge.sql found them), or
-- already loaded
create or replace temp table register_contested_key as
select key_hash from register_repeated_key
union
select key_hash from register_current;

-- every candidate mark of a contested key, from the batch and loaded before, ranked: the latest
-- export first and, on a tie, the mark loaded first (marks loaded before have the smaller load ids);
-- each candidate carries the mark the key ends with
create or replace temp table register_contested as
with candidates as (
    select
        urn, upn, admission_date, leaving_date, session_date, session, mark, minutes_late,
        exported_at, load_id, source_file, source_line, false as loaded_before
    from register_valid
    semi join register_contested_key using (key_hash)
    union all
    select
        urn, upn, admission_date, leaving_date, session_date, session, mark, minutes_late,
        exported_at, load_id, source_file, source_line, true as loaded_before
    from register_current
)

select
    *,
    row_number() over latest as rank,
    first_value(mark) over latest as final_mark,
    first_value(minutes_late) over latest as final_minutes_late,
    first_value(exported_at) over latest as final_exported_at,
    first_value(load_id) over latest as final_load_id,
    first_value(source_file) over latest as final_source_file,
    first_value(loaded_before) over latest as final_loaded_before
from candidates
window latest as (
    partition by urn, upn, session_date, session order by exported_at desc, load_id
);

-- marks that lose to a later export: loaded before and replaced by this batch, or of this batch and
-- superseded on arrival (a batch mark that only ties on export time is simply not loaded)
insert into raw_mark_history
select
    urn, upn, session_date, session, mark, minutes_late,
    exported_at, load_id, source_file, source_line,
    final_mark, final_exported_at, final_load_id, final_source_file
from register_contested
where rank > 1
  and (loaded_before or exported_at < final_exported_at)
  and (mark is distinct from final_mark or minutes_late is distinct from final_minutes_late);

delete from raw_mark as cur
using register_contested as replaced
where cur.urn in (${urns}) and cur.session_date between ${first_date} and ${last_date}
  and replaced.loaded_before and replaced.rank > 1 and not replaced.final_loaded_before
  and cur.urn = replaced.urn and cur.upn = replaced.upn
  and cur.session_date = replaced.session_date and cur.session = replaced.session;

-- uncontested marks go straight in; of contested ones only a batch mark that wins
insert into raw_mark
select
    urn, upn, admission_date, leaving_date, session_date, session,
    mark, minutes_late, exported_at, load_id, source_file, source_line
from register_valid
anti join register_contested_key using (key_hash);

insert into raw_mark
select
    urn, upn, admission_date, leaving_date, session_date, session,
    mark, minutes_late, exported_at, load_id, source_file, source_line
from register_contested
where rank = 1 and not loaded_before;

drop view register_valid;
drop table register_current;
drop table register_contested_key;
drop table register_contested;
