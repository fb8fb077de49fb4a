-- One row per school per term that a loaded census reports: pupils whose census totals disagree
-- with the register, by kind of mismatch.
with mismatches as (
    select * from mart_census_reconciliation
),

census as (
    select * from stg_census_attendance
),

census_terms as (
    select * from seed_census_term
),

reported as (
    select
        census.urn,
        census.academic_year || '-' || census_terms.term as term_id,
        count(distinct census.upn) as census_pupils
    from census
    join census_terms on census_terms.census_term_code = upper(census.term_code)
    group by all
),

final as (
    select
        reported.urn,
        reported.term_id,
        cast(reported.census_pupils as bigint) as census_pupils,
        cast(count(mismatches.pupil_key) filter (where mismatches.mismatch = 'totals_differ')
            as bigint) as pupils_with_totals_differing,
        cast(count(mismatches.pupil_key) filter (where mismatches.mismatch = 'census_only')
            as bigint) as pupils_in_census_only,
        cast(count(mismatches.pupil_key) filter (where mismatches.mismatch = 'register_only')
            as bigint) as pupils_in_register_only
    from reported
    left join mismatches
        on mismatches.urn = reported.urn
       and mismatches.term_id = reported.term_id
    group by all
)

select * from final
