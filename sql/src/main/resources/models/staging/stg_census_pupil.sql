-- One row per pupil per school census return.
with source as (
    select * from raw_census_pupil
),

final as (
    select
        urn,
        census_term,
        census_year,
        reference_date,
        on_roll,
        upn,
        date_of_birth,
        sex,
        ethnicity,
        first_language,
        fsm_eligible,
        sen_provision,
        enrol_status,
        entry_date,
        leaving_date,
        nc_year
    from source
)

select * from final
