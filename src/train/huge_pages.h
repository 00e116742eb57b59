// A hint that a large buffer should live in transparent huge pages.
#ifndef VERITY_TRAIN_HUGE_PAGES_H_
#define VERITY_TRAIN_HUGE_PAGES_H_

#include <cstddef>

namespace verity::train {

// For the training matrix, hundreds of megabytes written front to back: 2 MB
// pages take one page fault per 512 of the 4 kB ones (featurizing the shared
// training split: 140k page faults -> 34k). Only a hint: where the kernel
// has no transparent huge pages nothing changes.
void ask_for_huge_pages(void* data, std::size_t bytes);

}  // namespace verity::train

#endif  // VERITY_TRAIN_HUGE_PAGES_H_
