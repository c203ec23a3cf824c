# Test fixtures shared by the *_test.rego suites: an entity catalog shaped like the classifiers' one
# (the suites must not depend on which catalog is loaded) and input builders.
package portcullis.fixtures

catalog := {"types": {
	"CN_RESIDENT_ID": {"category": "SENSITIVE_PERSONAL", "level": 4},
	"CREDIT_CARD": {"category": "FINANCIAL", "level": 4},
	"IBAN_CODE": {"category": "FINANCIAL", "level": 3},
	"EMAIL_ADDRESS": {"category": "PERSONAL", "level": 2},
	"PHONE_NUMBER": {"category": "PERSONAL", "level": 2},
	"PERSON": {"category": "PERSONAL", "level": 2},
	"LOCATION": {"category": "PERSONAL", "level": 1},
	"ORGANIZATION": {"category": "PERSONAL", "level": 1},
	"IP_ADDRESS": {"category": "NETWORK", "level": 2},
	"MEDICAL_CONDITION": {"category": "HEALTH", "level": 4},
	"API_KEY": {"category": "CREDENTIAL", "level": 4},
	"IMPORTANT_DATA": {"category": "IMPORTANT_DATA", "level": 4},
	"US_SSN": {"category": "SENSITIVE_PERSONAL", "level": 4},
}}

findings(types) := [{"type": t, "count": 1, "score": 0.99} | some t in types]

request(origin, destination, tenant_attributes, destination_attributes, types) := {
	"direction": "request",
	"tenant": {"id": "t1", "region": origin, "attributes": tenant_attributes},
	"destination": {"provider": "p", "region": destination, "model": "m", "attributes": destination_attributes},
	"findings": findings(types),
	"language": "en",
	"api": "openai.chat",
}

# What a set of verdicts says, without the prose: {[action, reason code, targets]}.
summary(verdicts) := {[v.action, v.reason.code, v.targets] | some v in verdicts}
