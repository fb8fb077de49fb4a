-- Reads a batch of register exports and classifies every row by the first rule it breaks (null =
-- good) in one pass. ${lines} gives every physical line of every file with its exact line number
-- in its own file (see RegisterStaging); lines 1 and 2 are the preamble and header. Register fields
-- never hold commas, though a field may be quoted. UPN check letters and duplicates are judged
-- next, in judge.sql. Only a row that breaks a rule, or whose pupil is missing from the census,
-- keeps its raw text here: quarantine needs it and good rows do not (rows judge.sql finds bad get
-- theirs from missing_text.sql).
create or replace temp table register_checked as
with lines as (
    select lines.file_id, lines.source_line, lines.line
    from (${lines}) as lines
    -- most lines start with the URN's first digit; only the rest can be blank
    where lines.source_line > 2 and (ascii(lines.line) > 32 or trim(rtrim(lines.line, chr(13))) <> '')
),

fields as (
    select
        file_id,
        source_line,
        line,
        -- a CR left at the end of a line only matters to the last field, trimmed below
        case
            when contains(line, '"')
                then list_transform(
                    string_split(rtrim(line, chr(13)), ','), field -> register_unquote(field)
                )
            else string_split(line, ',')
        end as fields
    from lines
),

stage as (
    select
        fields.file_id,
        source_line,
        line,
        files.urn as export_urn,
        len(fields) as field_count,
        nullif(fields[1], '') as urn,
        nullif(fields[2], '') as upn,
        nullif(fields[3], '') as admission_date,
        nullif(fields[4], '') as leaving_date,
        nullif(fields[5], '') as date,
        nullif(fields[6], '') as session,
        nullif(fields[7], '') as mark,
        nullif(rtrim(fields[8], chr(13)), '') as minutes_late
    from fields
    join register_file as files on files.file_id = fields.file_id
),

typed as (
    select
        stage.*,
        try_cast(stage.date as date) as session_date,
        try_cast(stage.admission_date as date) as admission_day,
        try_cast(stage.leaving_date as date) as leaving_day,
        try_cast(stage.minutes_late as integer) as late_minutes
    from stage
),

looked_up as (
    select
        typed.*,
        codes.code as known_code,
        codes.category,
        school_days.day is not null as is_school_day,
        census.upn is null as missing_from_census
    from typed
    left join seed_attendance_code as codes
        on codes.code = typed.mark
       and typed.session_date between codes.valid_from and codes.valid_to
    left join register_school_day as school_days
        on school_days.urn = typed.export_urn and school_days.day = typed.session_date
    left join (select distinct urn, upn from raw_census_pupil) as census
        on census.urn = typed.export_urn and census.upn = typed.upn
),

judged as (
    select
        *,
        case
            when field_count <> 8 then 'REG000'
            -- a cell starting with a formula character follows a comma or starts the line; the
            -- cheap tests first, as dates hold '-' but never right after a comma
            when (
                    contains(line, ',=') or contains(line, ',+') or contains(line, ',-')
                    or contains(line, ',@') or contains(line, ',"')
                    or starts_with(line, '=') or starts_with(line, '+') or starts_with(line, '-')
                    or starts_with(line, '@') or starts_with(line, '"')
                )
                and regexp_matches(line, '(^|,)"?[=+\-@]') then 'REG009'
            when urn is distinct from export_urn then 'REG001'
            when session_date is null then 'REG002'
            when session is null or session not in ('AM', 'PM') then 'REG003'
            when admission_day is null
                or (leaving_date is not null and leaving_day is null) then 'REG004'
            when upn is null then 'REG005'
            when mark is not null and known_code is null then 'REG006'
            when (session_date < admission_day or session_date > leaving_day)
                and coalesce(category, '') <> 'administrative' then 'REG007'
            when not is_school_day then 'REG012'
            when minutes_late is not null and late_minutes is null then 'REG008'
        end as rule_code
    from looked_up
)

select
    file_id,
    source_line,
    case when rule_code is not null or missing_from_census then line end as raw_text,
    upn,
    session_date,
    session,
    admission_day,
    leaving_day,
    mark,
    late_minutes,
    missing_from_census,
    rule_code,
    -- one number for the duplicate searches; a collision only makes a row a candidate
    hash(export_urn, upn, session_date, session) as key_hash
from judged;
