#pragma once

#include "core/analytics/query/Query.h"
#include "core/model/Result.h"
#include "core/session/WorkspaceSession.h"

namespace storelens::cli {

// The command line's filter values matched to the workspace's: a store, channel, country or category the
// workspace does not hold is refused with the ones it holds, never answered with zeros (trial 18: "channel=En
// ligne", the channel's name on the French screens, gave 0.00 and 0 orders). A value may be given as stored,
// in another case, or as the screens show it in the user's language ("En ligne", "France"); it is replaced by
// the stored one.
core::Result<void> matchFilterValues(core::session::WorkspaceSession &session,
                                     core::analytics::Filter &filter);

} // namespace storelens::cli
