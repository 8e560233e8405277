/* skup-core.h — everything of the GTK-free core
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-attendance.h"
#include "attendance/skup-attendance-grid.h"
#include "attendance/skup-check-in.h"
#include "skup-choices.h"
#include "skup-context.h"
#include "skup-demo.h"
#include "skup-eligibility.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-event-organisation.h"
#include "skup-kind.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-placeholders.h"
#include "skup-project.h"
#include "skup-record.h"
#include "skup-record-list.h"
#include "skup-registration.h"
#include "skup-room.h"
#include "skup-session.h"
#include "skup-store.h"
#include "skup-text.h"
#include "skup-venue.h"
