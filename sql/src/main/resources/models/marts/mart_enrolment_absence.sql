-- One row per enrolment per term, academic year or year to date (as in mart_enrolment_period)
-- and absence code: how many sessions of its absence the enrolment has under that code (e.g. O,
-- absent in other or unknown circumstances).
-- The head's annex lists pupils' unexplained absences from here, and mart_absence_reason sums it
-- for schools and the LA, so reports never count sessions themselves.
with absence_codes as (
    select code from seed_attendance_code
    where is_authorised_absence or is_unauthorised_absence
),

-- only absence rows go through the session joins (see enrolment_sessions)
absence_marks as (
    select * from stg_mark
    where mark in (select code from absence_codes)
),

sessions as (
    select * from enrolment_sessions('absence_marks')
    where is_authorised_absence or is_unauthorised_absence
),

by_term as (
    select
        enrolment_key,
        any_value(pupil_key) as pupil_key,
        any_value(urn) as urn,
        academic_year,
        term_id,
        mark,
        reason_group,
        is_authorised_absence,
        count(*) as absence_sessions
    from sessions
    group by enrolment_key, academic_year, term_id, mark, reason_group, is_authorised_absence
),

by_year as (
    select
        enrolment_key,
        any_value(pupil_key) as pupil_key,
        any_value(urn) as urn,
        academic_year,
        mark,
        reason_group,
        is_authorised_absence,
        cast(sum(absence_sessions) as bigint) as absence_sessions
    from by_term
    group by enrolment_key, academic_year, mark, reason_group, is_authorised_absence
),

final as (
    select
        enrolment_key, pupil_key, urn, academic_year, 'term' as period_type, term_id as period_id,
        mark, reason_group, is_authorised_absence, absence_sessions
    from by_term
    union all
    select
        enrolment_key, pupil_key, urn, academic_year, 'academic_year', academic_year, mark,
        reason_group, is_authorised_absence, absence_sessions
    from by_year
    union all
    -- sessions stop at the latest register date, so each year to date is its academic year
    select
        enrolment_key, pupil_key, urn, academic_year, 'year_to_date', academic_year || '-ytd',
        mark, reason_group, is_authorised_absence, absence_sessions
    from by_year
)

select * from final
