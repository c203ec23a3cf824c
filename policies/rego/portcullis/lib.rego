# Shared vocabulary of the rule packages: which entity types an exchange carries (looked up in the
# entity catalog, never taken from the input), where it comes from and goes to, and how a rule states
# its verdict. Rule packages read this; they never read input.findings directly.
package portcullis.lib

groups := data.portcullis_data.categories

jurisdictions := data.portcullis_data.jurisdictions

# Entity types with at least one occurrence (a finding without a count counts once).
present contains f.type if {
	some f in input.findings
	object.get(f, "count", 1) > 0
}

# The catalog decides the category, so an input carrying only type and count decides exactly like one
# that also carries category and level. A type the catalog does not know is treated as personal data:
# failing towards protection, not towards disclosure.
category(t) := data.entity_catalog.types[t].category

category(t) := groups.unknown_type_category if not data.entity_catalog.types[t].category

# The present types belonging to a group of categories.json ({categories, types, except}).
matching(group) := {t |
	some t in present
	in_group(group, t)
	not t in object.get(group, "except", [])
}

in_group(group, t) if category(t) in group.categories

in_group(group, t) if t in group.types

personal := matching(groups.personal)

credentials := matching(groups.credential)

is_request if input.direction == "request"

is_response if input.direction == "response"

origin := upper(input.tenant.region)

destination := upper(input.destination.region)

# EU/EEA members form one jurisdiction; every other region is its own.
jurisdiction(region) := "EU" if region in jurisdictions.eu_eea

jurisdiction(region) := region if not region in jurisdictions.eu_eea

cross_border if jurisdiction(origin) != jurisdiction(destination)

tenant_attribute(name, fallback) := object.get(input, ["tenant", "attributes", name], fallback)

destination_attribute(name, fallback) := object.get(input, ["destination", "attributes", name], fallback)

tenant_allows_reroute if tenant_attribute("allow_reroute", false) == true

# A verdict is what one rule concludes; portcullis.decision combines them.
verdict(action, targets, code) := verdict_with(action, targets, code, [])

verdict_with(action, targets, code, obligations) := {
	"action": action,
	"targets": sort(targets),
	"reason": reason(code, targets),
	"obligations": sort(obligations),
	"reroute": {"regions": [], "providers": []},
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
	"message": describe(data.portcullis_data.reasons[code].message, targets),
	"regulation": data.portcullis_data.reasons[code].regulation,
}

describe(message, targets) := message if count(targets) == 0

describe(message, targets) := sprintf("%s (%s)", [message, concat(", ", sort(targets))]) if count(targets) > 0
