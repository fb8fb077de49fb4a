-- One row per school in the latest directory load.
with source as (
    select * from raw_school
),

latest_load as (
    select max(load_id) as load_id from source
),

final as (
    select
        urn,
        la_code,
        estab,
        la_code || estab as laestab,
        school_name,
        phase,
        head_email,
        clerk_email,
        postcode
    from source
    where load_id = (select load_id from latest_load)
)

select * from final
