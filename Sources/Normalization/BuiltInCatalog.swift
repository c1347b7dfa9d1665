/// The built-in metric catalog: a byte-identical copy of `Pipelines/metrics.yml`, which is the source of truth.
/// Regenerate after editing that file (`make catalog`); `CatalogLoaderTests` fails while the two differ.
enum BuiltInCatalog {
    /// The catalog YAML.
    static let yaml = #"""
# Briefing metric catalog: the measures a U.S.–Japan briefing follows across documents and years.
#
# Each metric:
#   id        stable name used in the store, the workbook and overrides (letters, digits, _ and .)
#   label     what readers see
#   unit      count, percent, USD, JPY, ... (as in `briefing extract`); only facts in this unit match
#   category  trade, investment, employment, exchange, survey, tourism, security, aid or other
#   target    true for aims and pledges; target metrics take only targets, the others never do
#   match     keywords looked for in the figure's own clause, its counted noun and its subject:
#     must      every entry must occur; "a|b" means either; "invest*" matches invest, invested, investment, ...
#     may       entries that make this metric win over a close rival
#     must_not  no entry may occur
#     nouns     one must occur (the counted noun, or a word of the clause)
# Plurals match on their own ("visitor" matches "visitors"); "U.S." is written "us".
# Figures whose clause carries a `scope` word are regional or partial and join no metric here.
#
# This file is the source of truth; Sources/Normalization/BuiltInCatalog.swift embeds a byte-identical copy
# (after editing, regenerate it with `make catalog`, or by hand: replace the text between the `#"""` lines;
# `CatalogLoaderTests` fails while the two differ).

version: 1

scope:
  subnational: [region, regional, local, locally, statewide, county, counties, prefecture, prefectural, heartland,
    midwest, great lakes, our state, our states, our two states, the state of, this state, alabama, alaska, arizona,
    arkansas, california, colorado, connecticut, delaware, florida, hawaii, idaho, illinois, iowa, kansas, kentucky,
    louisiana, maine, maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada,
    new hampshire, new jersey, new mexico, north carolina, north dakota, ohio, oklahoma, oregon, pennsylvania,
    rhode island, south carolina, south dakota, tennessee, texas, utah, vermont, virginia, wisconsin, wyoming]
  subset: [including, of them, of whom, among them, of those, of which, among those]

metrics:
  # Trade (U.S. side, USD)
  - id: us_goods_deficit_with_japan
    label: U.S. goods trade deficit with Japan
    unit: USD
    category: trade
    match:
      must: [deficit|surplus|trade balance|imbalance]
      may: [goods, japan]
      must_not: [services, current account, percent]
  - id: us_goods_services_deficit_with_japan
    label: U.S. goods and services trade deficit with Japan
    unit: USD
    category: trade
    match:
      must: [deficit|surplus|balance, goods and services|goods services]
  - id: us_services_surplus_with_japan
    label: U.S. services trade surplus with Japan
    unit: USD
    category: trade
    match:
      must: [services, surplus|deficit|balance]
      must_not: [goods]
  - id: us_japan_goods_trade_total
    label: Two-way U.S.–Japan goods trade
    unit: USD
    category: trade
    match:
      must: [two way|bilateral trade|total trade|trade between|goods trade|trade totaled]
      must_not: [deficit, surplus, export*, import*, services]
  - id: us_goods_exports_to_japan
    label: U.S. goods exports to Japan
    unit: USD
    category: trade
    match:
      must: [export*]
      may: [us, to japan, goods]
      must_not: [agricultur*, farm*, food, beef, pork, rice, services, tariff*, japan export*, japanese export*,
        export* from japan, export* to the us, export* to the united states, deficit]
  - id: us_goods_imports_from_japan
    label: U.S. goods imports from Japan
    unit: USD
    category: trade
    match:
      must: [import*|japan export*|japanese export*|export* from japan|export* to the us|export* to the united states]
      may: [from japan]
      must_not: [agricultur*, farm*, services, deficit, tariff*, import* to japan, japanese import*, japan import*]
  - id: us_services_exports_to_japan
    label: U.S. services exports to Japan
    unit: USD
    category: trade
    match:
      must: [services, export*]
      must_not: [goods, surplus, deficit]
  - id: us_services_imports_from_japan
    label: U.S. services imports from Japan
    unit: USD
    category: trade
    match:
      must: [services, import*]
      must_not: [goods, surplus, deficit]
  - id: us_agricultural_exports_to_japan
    label: U.S. agricultural exports to Japan
    unit: USD
    category: trade
    match:
      must: [agricultur*|farm*|food, export*|market|buying|bought|purchas*]
      must_not: [tariff*]

  # Investment and jobs
  - id: japan_fdi_position_us
    label: Japanese direct investment position in the U.S.
    unit: USD
    category: investment
    match:
      must: [invest*|fdi]
      may: [position, stock, direct, cumulative, japan*, in the us, in the united states]
      must_not: [in japan, into japan, us investment, us investor*, us direct, american investment, us firms,
        us companies, american companies, american firms, flow*, new, annual, previous twelve months, past year,
        last year, announced, pledg*, plan*]
  - id: japan_fdi_flow_us
    label: Japanese direct investment flows into the U.S. (per year)
    unit: USD
    category: investment
    match:
      must: [invest*|fdi|put, flow*|new|annual|previous twelve months|past year|last year|in a year|per year]
      may: [japan*]
      must_not: [in japan, into japan, us investment, us investor*, pledg*, plan*]
  - id: us_fdi_position_japan
    label: U.S. direct investment position in Japan
    unit: USD
    category: investment
    match:
      must: [invest*|fdi, in japan|into japan, us|united states|american*]
      must_not: [japanese, japan invest*, flow*, pledg*]
  - id: jobs_at_japanese_firms_us
    label: U.S. jobs at Japanese-owned firms
    unit: count
    category: employment
    match:
      must: [employ*|job*|work*|support*|hire*, japan*]
      may: [owned, affiliates, firms, companies]
      must_not: [in japan, us firms, us companies, american firms, american companies, create, will]
      nouns: [job*, worker*, employee*, american*, people, person*, position*, staff]

  # People-to-people exchange
  - id: jet_alumni_us
    label: U.S. alumni of the JET Programme (cumulative)
    unit: count
    category: exchange
    match:
      must: [jet|japan exchange and teaching, alumni|alumnus|former|since|have taught|have worked|have participated|have served|cumulative|to date|over the years, us|american*|united states]
      nouns: [alumni, alumnus, american*, participant*, teacher*, people, citizens, graduate*]
  - id: jet_alumni_total
    label: JET Programme alumni, all countries (cumulative)
    unit: count
    category: exchange
    match:
      must: [jet|japan exchange and teaching, alumni|alumnus|former|since|cumulative|to date]
      must_not: [us, american*, united states]
      nouns: [alumni, alumnus, participant*, teacher*, people, graduate*]
  - id: jet_participants_us
    label: U.S. participants in the JET Programme (per year)
    unit: count
    category: exchange
    match:
      must: [jet|japan exchange and teaching, us|american*|united states]
      may: [took part, participat*, this year, annual]
      must_not: [alumni, alumnus, former, since, have taught, have worked, have participated, cumulative, to date]
      nouns: [participant*, american*, citizens, teacher*, people]
  - id: fulbright_japanese_grantees
    label: Japanese Fulbright grantees (cumulative)
    unit: count
    category: exchange
    match:
      must: [fulbright, japanese|from japan]
      must_not: [alumni, american grantee*, us grantee*]
  - id: fulbright_american_grantees
    label: American Fulbright grantees to Japan (cumulative)
    unit: count
    category: exchange
    match:
      must: [fulbright, american*|us|united states]
      must_not: [japanese, from japan, alumni]
  - id: fulbright_alumni
    label: Fulbright Japan alumni
    unit: count
    category: exchange
    match:
      must: [fulbright, alumni|alumnus]
  - id: japanese_students_in_us
    label: Japanese students in the U.S.
    unit: count
    category: exchange
    match:
      must: [student*|studying, japanese|from japan]
      may: [enroll*, colleges, universities, campus*]
      must_not: [in japan, to japan, american student*, us student*, high school]
  - id: us_students_in_japan
    label: U.S. students in Japan
    unit: count
    category: exchange
    match:
      must: [student*|studying, in japan|to japan|japanese universit*|japanese college*, us|american*|united states]
      must_not: [japanese student*, high school]
  - id: us_japan_sister_cities
    label: U.S.–Japan sister-city and sister-state partnerships
    unit: count
    category: exchange
    match:
      must: [sister|twin*]
      nouns: [cit*, partnership*, affiliation*, relationship*, pairing*, state*, agreement*]

  # Tourism
  - id: visitors_to_japan_total
    label: International visitors to Japan
    unit: count
    category: tourism
    match:
      must: [visitor*|arrival*|tourist*|traveler*|traveller*|inbound]
      may: [japan, international, foreign]
      must_not: [us, american*, united states, america, japanese, from japan, expo]
  - id: us_visitors_to_japan
    label: U.S. visitors to Japan
    unit: count
    category: tourism
    match:
      must: [visitor*|arrival*|tourist*|traveler*|traveller*|travel*|trip*, us|american*|united states|america]
      may: [to japan, in japan, from the us, from the united states]
      must_not: [japanese, from japan, to the us, to the united states, in the us, international visitor*, foreign visitor*]
  - id: japanese_visitors_to_us
    label: Japanese visitors to the U.S.
    unit: count
    category: tourism
    match:
      must: [visitor*|arrival*|tourist*|traveler*|traveller*|travel*|trip*, japanese|from japan]
      must_not: [to japan, in japan]
  - id: visitors_to_us_total
    label: International visitors to the U.S.
    unit: count
    category: tourism
    match:
      must: [visitor*|arrival*|tourist*|traveler*|traveller*, us|united states|america]
      may: [international, foreign, welcome]
      must_not: [japanese, japan, american*, from the us, from the united states]
  - id: visitors_to_japan_growth
    label: Growth in international arrivals to Japan (percent on the year before)
    unit: percent
    category: tourism
    match:
      must: [visitor*|arrival*|tourist*, rose|rise|up|increase*|grew|growth|jump*|climb*]
      must_not: [us, american*, united states, share, spending, spent]
  - id: japan_visitor_spending
    label: Spending by international visitors to Japan
    unit: JPY
    category: tourism
    match:
      must: [spending|spent|spend|consumption, visitor*|tourist*|inbound|travel*]
      must_not: [per, average, us visitor*, american*]
  - id: japan_visitor_target
    label: Japan's target for international visitors
    unit: count
    category: tourism
    target: true
    match:
      must: [visitor*|arrival*|tourist*|inbound]
      must_not: [us, united states, america, american*]
  - id: us_visitor_target
    label: U.S. target for international visitors
    unit: count
    category: tourism
    target: true
    match:
      must: [visitor*|arrival*|tourist*, us|united states|america]
      must_not: [japan, tokyo]
  - id: japan_visitor_spending_target
    label: Japan's target for spending by international visitors
    unit: JPY
    category: tourism
    target: true
    match:
      must: [spending|spent|spend|consumption, visitor*|tourist*|inbound|travel*]
      must_not: [defense, defence]

  # Security
  - id: us_troops_in_japan
    label: U.S. military personnel in Japan
    unit: count
    category: security
    match:
      must: [troop*|personnel|service members|servicemembers|military|forces|marines|soldiers|sailors, japan]
      must_not: [land, bases, percent]
      nouns: [troop*, personnel, member*, servicemember*, force*, marine*, soldier*, sailor*, military]
  - id: host_nation_support_annual
    label: Japan's host-nation support for U.S. forces (per year)
    unit: JPY
    category: security
    match:
      must: [host nation|hns|special measures|sympathy budget]
      must_not: [pledg*, through fy*, five year, over five]
  - id: host_nation_support_pledge
    label: Japan's host-nation support pledge (multi-year)
    unit: JPY
    category: security
    target: true
    match:
      must: [host nation|hns|special measures]
  - id: japan_defense_budget
    label: Japan's defense budget
    unit: JPY
    category: security
    match:
      must: [defense|defence, budget|spending|spend]
      must_not: [gdp, host nation, plan*]
  - id: japan_defense_buildup_plan
    label: Japan's multi-year defense spending plan
    unit: JPY
    category: security
    target: true
    match:
      must: [defense|defence, spend*|plan*|budget|buildup|build up]
      must_not: [gdp, host nation]
  - id: japan_defense_spending_gdp_target
    label: Japan's target for defense spending as a share of GDP
    unit: percent
    category: security
    target: true
    match:
      must: [defense|defence|security, gdp|gross domestic product]

  # Development assistance
  - id: japan_oda
    label: Japan's official development assistance
    unit: USD
    category: aid
    match:
      must: [oda|official development assistance|development assistance|development aid]
      must_not: [pledg*, africa]
  - id: japan_oda_share_of_gni
    label: Japan's ODA as a share of gross national income
    unit: percent
    category: aid
    match:
      must: [gni|gross national income]
      must_not: [defense, defence, military]

  # Public opinion
  - id: us_favorable_view_of_japan
    label: Americans with a favorable view of Japan
    unit: percent
    category: survey
    match:
      must: [favo*|positive*|good opinion, of japan|toward japan|towards japan|japan favo*|japan positive*]
      may: [americans, us respondents]
      must_not: [japanese respondents, japanese public, japanese people, of the us, of the united states, of america]
  - id: japanese_favorable_view_of_us
    label: Japanese with a favorable view of the U.S.
    unit: percent
    category: survey
    match:
      must: [favo*|positive*|good opinion, of the us|of the united states|of america|toward the us|toward the united states|us favo*|united states favo*|america favo*]
      may: [japanese]
      must_not: [of japan, toward japan]

"""#
}
