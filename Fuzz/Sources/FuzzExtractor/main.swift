import Foundation
import FuzzSupport

exit(runLibFuzzer(fuzzExtractor))
