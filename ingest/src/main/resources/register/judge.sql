-- Judges the rows read by read.sql: wrong UPN check letters, duplicates within each file, and
-- what each file's rows came to.

-- UPNs whose check letter is wrong (register_bad_upn, filled from Java) break REG005, which comes
-- before the rules on marks, enrolment, school days and minutes late
update register_checked
set rule_code = 'REG005'
where upn in (select upn from register_bad_upn)
  and (rule_code is null or rule_code in ('REG006', 'REG007', 'REG012', 'REG008'));

-- Keys sent more than once in the batch, in one file or in several, among otherwise good rows: the
-- candidates for the duplicate rules below and for the merge's ranking (by hash: a collision only
-- makes a key a candidate). A key sent twice by two files has no copy within a file; most repeated
-- keys are such overlaps of consecutive exports, so only the others are searched for copies.
create or replace temp table register_repeated_key as
select key_hash, count(*) > 2 or min(file_id) = max(file_id) as maybe_in_one_file
from register_checked
where rule_code is null
group by key_hash
having count(*) > 1;

-- Duplicates of (pupil, date, session) within a file, among otherwise good rows: exact copies keep
-- the first and quarantine the rest; conflicting copies are all quarantined.
-- rows whose (file, pupil, date, session) occurs more than once, judged by their real key
create or replace temp table register_copy as
with candidate_hash as (
    select file_id, key_hash
    from register_checked
    semi join (select key_hash from register_repeated_key where maybe_in_one_file) using (key_hash)
    where rule_code is null
    group by file_id, key_hash
    having count(*) > 1
),

candidates as (
    select
        file_id, source_line, upn, session_date, session,
        coalesce(mark, '') || '|' || coalesce(cast(late_minutes as varchar), '') as mark_text
    from register_checked
    semi join candidate_hash using (file_id, key_hash)
    where rule_code is null
)

select
    file_id,
    source_line,
    case
        when min(mark_text) over copies <> max(mark_text) over copies then 'REG011'
        when row_number() over (copies order by source_line) > 1 then 'REG010'
    end as copy_rule
from candidates
window copies as (partition by file_id, upn, session_date, session);

update register_checked
set rule_code = copy.copy_rule
from register_copy as copy
where copy.copy_rule is not null
  and register_checked.file_id = copy.file_id
  and register_checked.source_line = copy.source_line;

drop table register_copy;

-- what each file's rows came to: an error quarantines the row, a query loads it and lists it
create or replace temp table register_file_count as
select
    file_id,
    count(*) as rows_read,
    count(*) filter (where rule_code is not null and rule_code <> 'REG010') as rows_quarantined,
    count(*) filter (
        where rule_code = 'REG010' or (rule_code is null and missing_from_census)
    ) as rows_queried
from register_checked
group by file_id;
