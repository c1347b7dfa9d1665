import Foundation
import FuzzSupport

exit(runLibFuzzer(fuzzPipelineFile))
