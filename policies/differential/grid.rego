# Inputs on which two policy sets must decide identically (policies/differential/run.sh): every
# example, a grid of origin x destination x findings x tenant and provider attributes in both
# directions, and malformed inputs. Not loaded by OPA's server: it lives outside policies/rego.
package differential

# Lower-case regions too: the rules upper-case them.
origins := ["CN", "cn", "DE", "NO", "GB", "US", "RU", "JP", "HK"]

destinations := ["CN", "de", "FR", "GB", "CH", "US", "RU", "JP"]

# Every catalog type alone, a type the catalog does not know, and mixes that make rules meet.
finding_sets := array.concat(
	[[t] | some t, _ in data.entity_catalog.types],
	[
		[],
		["SOMETHING_NEW"],
		["CN_RESIDENT_ID", "PERSON", "PHONE_NUMBER"],
		["CN_RESIDENT_ID", "EMAIL_ADDRESS", "IMPORTANT_DATA"],
		["MEDICAL_CONDITION", "PERSON", "ORGANIZATION"],
		["API_KEY", "CN_RESIDENT_ID", "CREDIT_CARD"],
		["API_KEY", "EMAIL_ADDRESS"],
		["CREDIT_CARD", "IBAN_CODE", "URL"],
		["UK_NHS", "IP_ADDRESS", "CN_USCC"],
		["MEDICAL_CONDITION", "API_KEY", "IMPORTANT_DATA", "US_SSN", "LOCATION"],
		["BIOMETRIC", "RELIGION", "GENETIC", "MINOR", "PRECISE_LOCATION", "MEDICAL_RECORD_NUMBER"],
	],
)

# Tenant and provider attributes together, chosen so that each rule's conditions are met and missed.
attribute_profiles := [
	[{}, {}],
	[{"pipl_mechanism": "standard_contract"}, {"dpf_certified": true}],
	[{"pipl_mechanism": "certification", "pipl_separate_consent": true}, {"hipaa_baa": true}],
	[{"pipl_separate_consent": true, "allow_reroute": true}, {}],
	[{"pipl_mechanism": "security_assessment", "pipl_separate_consent": true, "allow_reroute": true}, {"dpf_certified": true, "hipaa_baa": true}],
	[{"gdpr_mechanism": "scc", "secrets": "redact"}, {}],
	[{"gdpr_mechanism": "bcr", "allow_reroute": true, "secrets": "deny"}, {"dpf_certified": "true"}],
	[{"gdpr_mechanism": "handshake", "pipl_mechanism": "handshake", "secrets": "other", "pipl_separate_consent": "yes"}, {"hipaa_baa": "yes"}],
	[{"allow_reroute": "true", "pipl_separate_consent": false}, {"dpf_certified": false}],
]

# A response's caller sent nothing, part, or all of what comes back (one per attribute profile, in turn).
request_type_variants := [null, [], ["PERSON", "EMAIL_ADDRESS", "API_KEY"]]

findings(types) := [{"type": t, "count": 1, "score": 0.9} | some t in types]

grid := [doc |
	some origin in origins
	some destination in destinations
	some types in finding_sets
	some i, profile in attribute_profiles
	some direction in ["request", "response"]
	base := {
		"direction": direction,
		"tenant": {"id": "t", "region": origin, "attributes": profile[0]},
		"destination": {"provider": "p", "region": destination, "model": "m", "attributes": profile[1]},
		"findings": findings(types),
		"language": "en",
		"api": "openai.chat",
	}
	doc := with_request_types(base, request_type_variants[i % count(request_type_variants)])
]

with_request_types(base, null) := base

with_request_types(base, r) := object.union(base, {"request_types": r}) if {
	r != null
	base.direction == "response"
}

with_request_types(base, r) := base if {
	r != null
	base.direction == "request"
}

request(origin, destination, findings) := {
	"direction": "request",
	"tenant": {"id": "t", "region": origin, "attributes": {}},
	"destination": {"provider": "p", "region": destination, "model": "m", "attributes": {}},
	"findings": findings,
}

# Malformed or unusual inputs: the rules must refuse (or read) them the same way.
odd := [
	{},
	{"direction": "sideways"},
	object.remove(request("CN", "US", []), ["destination"]),
	object.remove(request("CN", "US", []), ["tenant"]),
	request("CN", "US", [{"count": 1}]),
	request("CN", "US", [{"type": 7, "count": 1}]),
	request("CN", "US", ["CN_RESIDENT_ID"]),
	request("CN", "US", "CN_RESIDENT_ID"),
	request("CN", 1, [{"type": "PERSON"}]),
	request("CN", "US", [{"type": "PERSON", "count": 0}, {"type": "EMAIL_ADDRESS", "count": 2}]),
	request("CN", "US", [{"type": "CN_RESIDENT_ID", "count": 0}, {"type": "CN_RESIDENT_ID", "count": 1}]),
	request("CN", "US", [{"type": "PERSON"}, {"type": "PERSON", "count": 3}]),
	request("CN", "US", [{"type": "PERSON", "count": "1"}]),
	request("DE", "US", [{"type": "MEDICAL_CONDITION", "count": 1, "category": "PERSONAL", "level": 1}]),
	object.union(request("CN", "US", [{"type": "API_KEY"}]), {"tenant": {"attributes": null}}),
	object.union(request("CN", "US", [{"type": "PERSON"}]), {"direction": "response", "request_types": "PERSON"}),
	object.remove(request("CN", "US", [{"type": "API_KEY"}, {"type": "CREDIT_CARD"}]), ["tenant"]),
	object.remove(request("DE", "US", [{"type": "API_KEY"}, {"type": "PERSON"}]), ["destination"]),
	request(7, "US", [{"type": "API_KEY"}, {"type": "CN_RESIDENT_ID"}]),
	request("CN", "US", [{"type": "CN_RESIDENT_ID"}, {"count": 1}]),
	object.union(request("CN", "US", [{"type": "CN_RESIDENT_ID"}]), {"direction": "REQUEST"}),
	request("CN", "US", {"a": {"type": "CN_RESIDENT_ID"}, "b": {"type": "API_KEY", "count": 2}}),
	request("CN", "US", null),
	request("CN", "US", [{"type": null, "count": 1}, {"type": "PERSON", "count": -1}]),
	request("DE", "US", [{"type": "MEDICAL_CONDITION", "count": 1.5}, {"type": "EMAIL_ADDRESS", "count": 1}]),
	object.union(request("US", "US", [{"type": "MEDICAL_CONDITION"}]), {"destination": {"attributes": "none"}}),
]
