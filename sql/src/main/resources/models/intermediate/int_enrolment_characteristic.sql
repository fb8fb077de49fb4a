-- One row per enrolment per census record that can describe it, with the date from which that
-- record applies. A period takes the latest record on or before its end (an as-of join); the
-- earliest record also covers dates before it, so every enrolment with any census record has
-- exactly one set of characteristics in every period. Records from the enrolment's own school
-- come first; a pupil never returned there is described by their census at other schools.
with census as (
    select * from stg_census_pupil
),

enrolments as (
    select enrolment_key, urn, upn from int_enrolment
),

at_own_school as (
    select enrolments.enrolment_key, census.*
    from enrolments
    join census on census.urn = enrolments.urn and census.upn = enrolments.upn
),

at_other_schools as (
    select enrolments.enrolment_key, census.*
    from enrolments
    join census on census.upn = enrolments.upn
    where enrolments.enrolment_key not in (select enrolment_key from at_own_school)
),

candidates as (
    select * from at_own_school
    union all
    select * from at_other_schools
),

one_per_date as (
    select *
    from candidates
    qualify row_number() over (
        partition by enrolment_key, reference_date order by on_roll desc, urn
    ) = 1
),

final as (
    select
        enrolment_key,
        case
            when row_number() over (partition by enrolment_key order by reference_date) = 1
                then date '1900-01-01'
            else reference_date
        end as applies_from,
        reference_date as characteristics_as_of,
        date_of_birth,
        sex,
        ethnicity,
        first_language,
        fsm_eligible,
        sen_provision,
        nc_year
    from one_per_date
)

select * from final
