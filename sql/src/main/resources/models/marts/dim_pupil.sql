-- One row per pupil: the warehouse surrogate key, the pupil's name and latest census
-- characteristics. UPNs and names stay here and in raw tables; every other table uses pupil_key.
with census as (
    select * from stg_census_pupil
),

names as (
    select * from stg_census_pupil_name
),

enrolments as (
    select * from int_enrolment
),

pupils as (
    select upn from enrolments
    union
    select upn from census
),

latest_census as (
    select
        *,
        row_number() over (partition by upn order by reference_date desc, urn) as recency
    from census
),

latest_names as (
    select upn, forename, surname
    from names
    qualify row_number() over (partition by upn order by reference_date desc, urn) = 1
),

final as (
    select
        row_number() over (order by pupils.upn) as pupil_key,
        pupils.upn,
        latest_names.forename,
        latest_names.surname,
        latest_census.date_of_birth,
        latest_census.sex,
        latest_census.ethnicity,
        latest_census.first_language,
        latest_census.fsm_eligible,
        latest_census.sen_provision,
        latest_census.nc_year
    from pupils
    left join latest_census
        on latest_census.upn = pupils.upn
       and latest_census.recency = 1
    left join latest_names on latest_names.upn = pupils.upn
)

select * from final
