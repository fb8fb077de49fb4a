-- One row per published DfE rate cell that the product knows how to recompute: the published
-- value beside the same rate recomputed from the published session and enrolment counts with the
-- measure macros the marts use (session_rate_pct, enrolment_rate_pct), and whether it reproduces
-- to the published precision (one decimal place, or about 15 significant figures in unrounded
-- files). Rows that cannot reproduce by definition are put in a class by rule, as the data README
-- explains: totals published as enrolment-weighted means of the phase rates (checked against that
-- mean instead), rates over counts published rounded to 5 or 10, recomputed values exactly
-- half-way between two published values, and cells or counts published as symbols.
with statistics as (
    select * from stg_dfe_statistic
),

definitions as (
    select unnest(string_split(datasets, '|')) as defined_dataset, *
    from seed_dfe_published_rate
),

-- One row per published row (file line): the key that finds the same geography, phase and period
-- in another file of the release, and every numeric cell of the line by measure.
published_rows as (
    select
        source_file,
        source_line,
        any_value(dataset) as dataset,
        any_value(time_period) as time_period,
        any_value(time_identifier) as time_identifier,
        any_value(geographic_level) as geographic_level,
        any_value(region_code) as region_code,
        any_value(new_la_code) as new_la_code,
        any_value(school_type) as school_type,
        map_from_entries(list({'measure': measure, 'value': value})) as values_by_measure
    from statistics
    group by source_file, source_line
),

rates as (
    select
        statistics.source_file,
        statistics.source_line,
        statistics.dataset,
        statistics.time_period,
        statistics.time_identifier,
        statistics.period_type,
        statistics.geographic_level,
        statistics.region_code,
        statistics.new_la_code,
        statistics.la_code,
        statistics.school_type,
        statistics.characteristic,
        statistics.population,
        statistics.measure,
        statistics.value as published_pct,
        statistics.symbol as published_symbol,
        definitions.* exclude (defined_dataset, datasets)
    from statistics
    join definitions
        on definitions.defined_dataset = statistics.dataset
       and definitions.rate_measure = statistics.measure
),

-- The counts sit on the same line, or on the matching line of the release's counts file.
count_lines as (
    select
        rates.*,
        coalesce(counts_file_line.source_file, rates.source_file) as counts_file,
        coalesce(counts_file_line.source_line, rates.source_line) as counts_line
    from rates
    left join published_rows as counts_file_line
        on counts_file_line.dataset = rates.counts_dataset
       and counts_file_line.time_period = rates.time_period
       and counts_file_line.time_identifier = rates.time_identifier
       and counts_file_line.geographic_level = rates.geographic_level
       and counts_file_line.region_code is not distinct from rates.region_code
       and counts_file_line.new_la_code is not distinct from rates.new_la_code
       and counts_file_line.school_type = rates.school_type
),

recomputed as (
    select
        count_lines.*,
        map_extract_value(published_rows.values_by_measure, count_lines.numerator_measure)
            as numerator,
        map_extract_value(published_rows.values_by_measure, count_lines.denominator_measure)
            as denominator,
        case count_lines.rate_kind
            when 'session' then session_rate_pct(numerator, denominator)
            when 'enrolment' then enrolment_rate_pct(numerator, denominator)
        end as recomputed_pct
    from count_lines
    join published_rows
        on published_rows.source_file = count_lines.counts_file
       and published_rows.source_line = count_lines.counts_line
),

-- A total published as the mean of its phases' rates weighted by their total enrolments.
phase_weighted_means as (
    select
        totals.source_file,
        totals.source_line,
        totals.measure,
        sum(phases.published_pct * phase_lines.weight) / sum(phase_lines.weight) as weighted_pct
    from rates as totals
    join rates as phases
        on phases.source_file = totals.source_file
       and phases.measure = totals.measure
       and phases.time_period = totals.time_period
       and phases.time_identifier = totals.time_identifier
       and phases.geographic_level = totals.geographic_level
       and phases.region_code is not distinct from totals.region_code
       and phases.new_la_code is not distinct from totals.new_la_code
       and phases.school_type <> 'Total'
    join (
        select
            source_file,
            source_line,
            map_extract_value(values_by_measure, 'total_enrolments') as weight
        from published_rows) as phase_lines
        on phase_lines.source_file = phases.source_file
       and phase_lines.source_line = phases.source_line
    where totals.school_type = 'Total' and totals.total_rows = 'enrolment_weighted'
    group by totals.source_file, totals.source_line, totals.measure
),

classified as (
    select
        recomputed.*,
        phase_weighted_means.weighted_pct,
        recomputed.recomputed_pct * 10 ^ recomputed.published_decimals as scaled_pct,
        case
            when recomputed.published_pct is null then 'rate_not_published'
            when recomputed.school_type = 'Total' and recomputed.total_rows = 'enrolment_weighted'
                then 'enrolment_weighted_total'
            when recomputed.recomputed_pct is null then 'counts_not_published'
            when list_contains(string_split(recomputed.rounded_count_levels, '|'),
                recomputed.geographic_level) then 'rounded_counts'
            when abs(scaled_pct - floor(scaled_pct) - 0.5) < 1e-9 then 'half_way_rounding'
            else 'same_definition'
        end as reproduction_class
    from recomputed
    left join phase_weighted_means
        on phase_weighted_means.source_file = recomputed.source_file
       and phase_weighted_means.source_line = recomputed.source_line
       and phase_weighted_means.measure = recomputed.measure
),

final as (
    select
        source_file,
        source_line,
        dataset,
        time_period,
        time_identifier,
        period_type,
        geographic_level,
        region_code,
        la_code,
        new_la_code,
        school_type,
        characteristic,
        population,
        measure,
        meaning,
        published_symbol,
        published_pct,
        published_decimals,
        numerator,
        denominator,
        recomputed_pct,
        round(recomputed_pct, published_decimals) as recomputed_rounded_pct,
        weighted_pct,
        reproduction_class,
        case reproduction_class
            when 'same_definition' then
                case
                    when published_decimals is null
                        then abs(recomputed_pct - published_pct) <= 1e-12 * abs(published_pct)
                    else round(recomputed_pct, published_decimals) = published_pct
                end
            when 'enrolment_weighted_total'
                then abs(weighted_pct - published_pct) <= 1e-12 * abs(published_pct)
            when 'half_way_rounding'
                then round(published_pct * 10 ^ published_decimals)
                    in (floor(scaled_pct), ceil(scaled_pct))
        end as reproduces
    from classified
)

select * from final
