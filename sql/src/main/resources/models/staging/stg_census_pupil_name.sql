-- One row per pupil per school census return: the pupil's recorded name, kept apart from
-- stg_census_pupil so that names reach dim_pupil and nothing else (the head's annex reads them
-- there; no other table, pack or export may hold them).
with source as (
    select * from raw_census_pupil
),

final as (
    select
        urn,
        reference_date,
        upn,
        forename,
        surname
    from source
)

select * from final
