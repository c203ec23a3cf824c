# Russian origin: 152-FZ localisation. Personal data stays on Russian territory, whatever the mechanism.
package portcullis.ru

import data.portcullis.lib

verdicts contains lib.verdict("deny", lib.personal, "RU_LOCALISATION") if {
	lib.is_request
	lib.origin == "RU"
	lib.destination != "RU"
	count(lib.personal) > 0
}
