import Foundation
import FuzzSupport

exit(runLibFuzzer(fuzzDocumentLoader))
