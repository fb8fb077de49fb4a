-- One row per on-roll enrolment per session up to the school's latest register date, with its
-- mark (null where the mark is missing) and what the code in force that day counts as.
with enrolments as (
    select * from int_enrolment
),

school_days as (
    select * from int_school_day
),

coverage as (
    select * from int_register_coverage
),

marks as (
    select * from stg_mark
),

codes as (
    select * from seed_attendance_code
),

pupils as (
    select pupil_key, upn from dim_pupil
),

sessions as (
    select unnest(['AM', 'PM']) as session
),

expected as (
    select
        enrolments.enrolment_key,
        enrolments.urn,
        enrolments.upn,
        school_days.school_date,
        school_days.academic_year,
        school_days.term,
        school_days.term_id,
        school_days.term_start,
        sessions.session
    from enrolments
    join school_days
        on school_days.urn = enrolments.urn
       and school_days.school_date >= enrolments.admission_date
       and (enrolments.leaving_date is null or school_days.school_date <= enrolments.leaving_date)
    join coverage
        on coverage.urn = enrolments.urn
       and school_days.school_date <= coverage.latest_register_date
    cross join sessions
),

final as (
    select
        expected.enrolment_key,
        pupils.pupil_key,
        expected.urn,
        expected.school_date as session_date,
        expected.session,
        expected.academic_year,
        expected.term,
        expected.term_id,
        expected.term_start,
        marks.mark,
        marks.minutes_late,
        coalesce(codes.category, case when marks.mark is null then 'missing' else 'unknown' end)
            as category,
        coalesce(codes.reason_group, 'none') as reason_group,
        coalesce(codes.is_possible, false) as is_possible,
        coalesce(codes.is_attendance, false) as is_attendance,
        coalesce(codes.is_authorised_absence, false) as is_authorised_absence,
        coalesce(codes.is_unauthorised_absence, false) as is_unauthorised_absence
    from expected
    join pupils on pupils.upn = expected.upn
    left join marks
        on marks.urn = expected.urn
       and marks.upn = expected.upn
       and marks.session_date = expected.school_date
       and marks.session = expected.session
    left join codes
        on codes.code = marks.mark
       and expected.school_date between codes.valid_from and codes.valid_to
)

select * from final
