-- One row per session whose mark is missing or still needs a reason (N): the school days it has
-- been outstanding, counted to the school's latest register date, and whether that is past the
-- deadline (5 school days). Pupils by key only; the headteacher annex looks the pupil up.
with codes_needing_reason as (
    select code from seed_attendance_code where needs_resolution
),

-- only the rows that can be an issue go through the session joins (see enrolment_sessions)
candidate_marks as (
    select * from stg_mark
    where mark is null or mark in (select code from codes_needing_reason)
),

sessions as (
    select * from enrolment_sessions('candidate_marks')
    where is_missing_mark or needs_resolution
),

school_days as (
    select * from int_school_day
),

coverage as (
    select * from int_register_coverage
),

parameters as (
    select max(value) filter (where name = 'unresolved_mark_school_days') as deadline_days
    from seed_parameter
),

latest_day_numbers as (
    select coverage.urn, school_days.school_day_number as latest_day_number
    from coverage
    join school_days
        on school_days.urn = coverage.urn
       and school_days.school_date = coverage.latest_register_date
),

final as (
    select
        sessions.enrolment_key,
        sessions.pupil_key,
        sessions.urn,
        sessions.session_date,
        sessions.session,
        sessions.academic_year,
        sessions.term_id,
        case when sessions.is_missing_mark then 'missing_mark' else 'unresolved_code' end
            as issue,
        sessions.mark,
        latest_day_numbers.latest_day_number - school_days.school_day_number
            as school_days_outstanding,
        latest_day_numbers.latest_day_number - school_days.school_day_number
            > parameters.deadline_days as is_overdue
    from sessions
    join school_days
        on school_days.urn = sessions.urn
       and school_days.school_date = sessions.session_date
    join latest_day_numbers on latest_day_numbers.urn = sessions.urn
    cross join parameters
)

select * from final
