-- One row per enrolment per period in which it has at least one possible session: its sessions,
-- whether it is persistently (>= 10%) or severely (>= 50%) absent on its own possible sessions,
-- and one value per characteristic, taken from the census as at the period's end, so no
-- enrolment is split between groups within a period.
with totals as (
    select * from int_enrolment_period_total
),

characteristics as (
    select * from int_enrolment_characteristic
),

schools as (
    select * from dim_school
),

headline_phases as (
    select * from seed_headline_phase
),

ethnicities as (
    select * from seed_ethnicity
),

languages as (
    select * from seed_first_language
),

parameters as (
    -- thresholds as exact decimals: 10% of 30 sessions must be exactly 3, not 3.0000000000000004
    select
        cast(max(value) filter (where name = 'persistent_absence_threshold') as decimal(9, 4))
            as persistent,
        cast(max(value) filter (where name = 'severe_absence_threshold') as decimal(9, 4))
            as severe,
        max(value) filter (where name = 'headline_min_age') as min_age,
        max(value) filter (where name = 'headline_max_age') as max_age
    from seed_parameter
),

possible as (
    select
        *,
        authorised_absence_sessions + unauthorised_absence_sessions as overall_absence_sessions
    from totals
    where possible_sessions > 0
),

described as (
    select
        possible.*,
        characteristics.* exclude (enrolment_key, applies_from),
        cast(extract(year from age(
            make_date(cast(left(possible.academic_year, 4) as integer), 8, 31),
            characteristics.date_of_birth)) as integer) as age_at_31_august
    from possible
    asof left join characteristics
        on characteristics.enrolment_key = possible.enrolment_key
       and possible.period_end >= characteristics.applies_from
),

final as (
    select
        described.enrolment_key,
        described.pupil_key,
        described.urn,
        schools.la_code,
        schools.phase,
        described.academic_year,
        described.year_key,
        described.period_type,
        described.period_id,
        described.period_start,
        described.period_end,
        described.possible_sessions,
        described.attendance_sessions,
        described.authorised_absence_sessions,
        described.unauthorised_absence_sessions,
        described.overall_absence_sessions,
        described.late_before_close_sessions,
        described.late_after_close_sessions,
        described.overall_absence_sessions
            >= parameters.persistent * described.possible_sessions as is_persistent_absentee,
        described.overall_absence_sessions
            >= parameters.severe * described.possible_sessions as is_severe_absentee,
        coalesce(
            headline_phases.is_state_funded_headline
                and described.age_at_31_august between parameters.min_age and parameters.max_age,
            false) as in_headline_cohort,
        described.age_at_31_august,
        described.nc_year,
        described.sex,
        described.fsm_eligible,
        described.sen_provision,
        coalesce(ethnicities.main_code, described.ethnicity) as ethnicity_minor,
        coalesce(ethnicities.major_group, 'Unclassified') as ethnicity_major,
        case
            when described.first_language is null then 'Unclassified'
            else coalesce(languages.language_group, 'Other than English')
        end as first_language_group,
        described.characteristics_as_of,
        described.missing_mark_sessions,
        described.sessions_on_roll
    from described
    cross join parameters
    join schools on schools.urn = described.urn
    left join headline_phases on headline_phases.phase = schools.phase
    left join ethnicities on ethnicities.code = described.ethnicity
    left join languages on languages.code = described.first_language
)

select * from final
