-- One row per pupil: the warehouse surrogate key and the pupil's latest census characteristics.
-- UPNs stay here and in raw tables; every other table uses pupil_key.
with census as (
    select * from stg_census_pupil
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

final as (
    select
        row_number() over (order by pupils.upn) as pupil_key,
        pupils.upn,
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
)

select * from final
