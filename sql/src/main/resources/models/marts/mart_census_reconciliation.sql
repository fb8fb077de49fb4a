-- Census termly totals against the register: one row per pupil per school per term that a
-- loaded census reports (one term in arrears), where the two disagree or only one side has the
-- pupil. Terms no loaded census reports are not compared.
with census as (
    select * from stg_census_attendance
),

census_terms as (
    select * from seed_census_term
),

enrolment_terms as (
    select * from mart_enrolment_period where period_type = 'term'
),

pupils as (
    select pupil_key, upn from dim_pupil
),

census_totals as (
    select
        census.urn,
        pupils.pupil_key,
        census.academic_year || '-' || census_terms.term as term_id,
        cast(sum(census.sessions_possible) as bigint) as census_possible_sessions,
        cast(sum(census.sessions_authorised) as bigint) as census_authorised_sessions,
        cast(sum(census.sessions_unauthorised) as bigint) as census_unauthorised_sessions
    from census
    join census_terms on census_terms.census_term_code = upper(census.term_code)
    join pupils on pupils.upn = census.upn
    group by all
),

reported_terms as (
    select distinct urn, term_id from census_totals
),

register_totals as (
    select
        enrolment_terms.urn,
        enrolment_terms.pupil_key,
        enrolment_terms.period_id as term_id,
        cast(sum(possible_sessions) as bigint) as register_possible_sessions,
        cast(sum(authorised_absence_sessions) as bigint) as register_authorised_sessions,
        cast(sum(unauthorised_absence_sessions) as bigint) as register_unauthorised_sessions
    from enrolment_terms
    join reported_terms
        on reported_terms.urn = enrolment_terms.urn
       and reported_terms.term_id = enrolment_terms.period_id
    group by all
),

compared as (
    select
        coalesce(census_totals.urn, register_totals.urn) as urn,
        coalesce(census_totals.pupil_key, register_totals.pupil_key) as pupil_key,
        coalesce(census_totals.term_id, register_totals.term_id) as term_id,
        census_totals.census_possible_sessions,
        register_totals.register_possible_sessions,
        census_totals.census_authorised_sessions,
        register_totals.register_authorised_sessions,
        census_totals.census_unauthorised_sessions,
        register_totals.register_unauthorised_sessions,
        case
            when register_totals.pupil_key is null then 'census_only'
            when census_totals.pupil_key is null then 'register_only'
            when census_totals.census_possible_sessions
                    is distinct from register_totals.register_possible_sessions
                or census_totals.census_authorised_sessions
                    is distinct from register_totals.register_authorised_sessions
                or census_totals.census_unauthorised_sessions
                    is distinct from register_totals.register_unauthorised_sessions
                then 'totals_differ'
        end as mismatch
    from census_totals
    full join register_totals
        on register_totals.urn = census_totals.urn
       and register_totals.pupil_key = census_totals.pupil_key
       and register_totals.term_id = census_totals.term_id
),

final as (
    select * from compared where mismatch is not null
)

select * from final
