# Shared vocabulary of the rule packages: which entity types an exchange carries (looked up in the
# entity catalog, never taken from the input), where it comes from and goes to, and how a rule states
# its verdict. Rule packages read this; they never read input.findings directly.
#
# Written for OPA's evaluation cost (policies/README.md, Benchmark): every expression evaluated costs
# about a microsecond, so the findings are read in one pass, a group is matched only when a rule of the
# origin's jurisdiction asks for it, and helpers are few and flat.
package portcullis.lib

groups := data.portcullis_data.categories

jurisdictions := data.portcullis_data.jurisdictions

# The one pass over input.findings: each entity type with at least one occurrence (a finding without
# a count counts once), with its category. The catalog decides the category, so an input carrying only
# type and count decides exactly as one that also carries category and level. A type the catalog does
# not know is treated as personal data: failing towards protection, not towards disclosure.
category_of[f.type] := object.get(catalog_types, [f.type, "category"], groups.unknown_type_category) if {
	some f in input.findings
	object.get(f, "count", 1) > 0
}

default catalog_types := {}

catalog_types := data.entity_catalog.types

present := object.keys(category_of)

# The present types belonging to a group of categories.json ({categories, types, except}).
matching(group) := {t |
	some t, category in category_of
	in_group(group, t, category)
}

in_group(group, t, category) if {
	category in group.categories
	not t in object.get(group, "except", [])
}

in_group(group, t, _) if {
	t in group.types
	not t in object.get(group, "except", [])
}

personal := matching(groups.personal)

credentials := matching(groups.credential)

is_request if input.direction == "request"

is_response if input.direction == "response"

origin := upper(input.tenant.region)

destination := upper(input.destination.region)

# EU/EEA members form one jurisdiction; every other region is its own.
jurisdiction(region) := "EU" if region in jurisdictions.eu_eea

jurisdiction(region) := region if not region in jurisdictions.eu_eea

origin_jurisdiction := jurisdiction(origin)

cross_border if origin_jurisdiction != jurisdiction(destination)

tenant_attribute(name, fallback) := object.get(input, ["tenant", "attributes", name], fallback)

destination_attribute(name, fallback) := object.get(input, ["destination", "attributes", name], fallback)

tenant_allows_reroute if tenant_attribute("allow_reroute", false) == true

# A verdict is what one rule concludes; portcullis.decision combines them. Its message names the
# targets, so it is built only for the verdicts that are reached.
verdict(action, targets, code) := verdict_with(action, targets, code, [])

verdict_with(action, targets, code, obligations) := {
	"action": action,
	"targets": sorted,
	"reason": {
		"code": code,
		"message": describe(data.portcullis_data.reasons[code].message, sorted),
		"regulation": data.portcullis_data.reasons[code].regulation,
	},
	"obligations": sort(obligations),
	"reroute": {"regions": [], "providers": []},
} if {
	sorted := sort(targets)
}

reroute_verdict(targets, code, region) := object.union(
	verdict("reroute", targets, code),
	{"reroute": {
		"regions": [region],
		"providers": sort(object.get(jurisdictions.in_region_providers, region, [])),
	}},
)

reason(code, targets) := {
	"code": code,
	"message": describe(data.portcullis_data.reasons[code].message, sort(targets)),
	"regulation": data.portcullis_data.reasons[code].regulation,
}

describe(message, sorted) := message if {
	count(sorted) == 0
} else := sprintf("%s (%s)", [message, concat(", ", sorted)])
