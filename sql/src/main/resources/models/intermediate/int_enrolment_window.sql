-- One row per enrolment: its pupil key and the school days it was on roll up to the school's
-- latest register date, as positions in the school's run of school days. The expected session
-- count is then two per school day in that run, with no need to list the days.
with enrolments as (
    select * from int_enrolment
),

pupils as (
    select pupil_key, upn from dim_pupil
),

coverage as (
    select * from int_register_coverage
),

school_days as (
    select urn, school_date, school_day_number from int_school_day
),

bounded as (
    select
        enrolments.enrolment_key,
        pupils.pupil_key,
        enrolments.urn,
        enrolments.upn,
        enrolments.admission_date,
        enrolments.leaving_date,
        enrolments.marked_sessions,
        least(coalesce(enrolments.leaving_date, coverage.latest_register_date),
            coverage.latest_register_date) as on_roll_until
    from enrolments
    join pupils on pupils.upn = enrolments.upn
    join coverage on coverage.urn = enrolments.urn
),

-- Day numbers of the last school day before admission and the last one on roll.
with_first as (
    select bounded.*, coalesce(before_admission.school_day_number, 0) as days_before_admission
    from bounded
    asof left join school_days as before_admission
        on before_admission.urn = bounded.urn
       and bounded.admission_date > before_admission.school_date
),

on_roll_days as (
    select
        with_first.*,
        greatest(0, coalesce(last_day.school_day_number, 0) - with_first.days_before_admission)
            as school_days_on_roll
    from with_first
    asof left join school_days as last_day
        on last_day.urn = with_first.urn
       and with_first.on_roll_until >= last_day.school_date
),

final as (
    select *, 2 * school_days_on_roll as expected_sessions
    from on_roll_days
)

select * from final
