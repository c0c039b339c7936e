// Processes items on worker threads and hands the results to a sink in submission order.
// At most `window` items are in flight (queued, being processed or waiting to be written), so memory stays bounded by
// the items in flight, whatever the input size.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace newsgraph::batch {

template <typename In, typename Out>
class OrderedExecutor {
 public:
  using Process = std::function<Out(In&&)>;  // runs on a worker thread; must not throw
  using Sink = std::function<void(Out&&)>;   // runs on one writer thread, in submission order
  using Idle = std::function<void()>;        // runs on the writer thread before it waits for the next result

  OrderedExecutor(int threads, size_t window, Process process, Sink sink, Idle idle = nullptr)
      : process_(std::move(process)), sink_(std::move(sink)), idle_(std::move(idle)), window_(window < 1 ? 1 : window) {
    for (int i = 0; i < (threads < 1 ? 1 : threads); ++i) workers_.emplace_back([this] { WorkerLoop(); });
    writer_ = std::thread([this] { WriterLoop(); });
  }
  ~OrderedExecutor() { Finish(); }
  OrderedExecutor(const OrderedExecutor&) = delete;
  OrderedExecutor& operator=(const OrderedExecutor&) = delete;

  // Blocks while `window` items are in flight.
  void Submit(In item) {
    std::unique_lock lock(mutex_);
    space_ready_.wait(lock, [&] { return next_submit_ - next_write_ < window_; });
    pending_.emplace_back(next_submit_++, std::move(item));
    work_ready_.notify_one();
  }

  // Waits until every submitted item has been written, then stops the threads. Idempotent.
  void Finish() {
    {
      std::lock_guard lock(mutex_);
      if (closing_) return;
      closing_ = true;
    }
    work_ready_.notify_all();
    result_ready_.notify_all();
    for (auto& w : workers_) w.join();
    writer_.join();
  }

 private:
  void WorkerLoop() {
    while (true) {
      uint64_t position;
      Out result;
      {
        In item;
        {
          std::unique_lock lock(mutex_);
          work_ready_.wait(lock, [&] { return !pending_.empty() || closing_; });
          if (pending_.empty()) return;
          position = pending_.front().first;
          item = std::move(pending_.front().second);
          pending_.pop_front();
        }
        result = process_(std::move(item));
      }  // the item (a document) is freed before the result waits for its turn
      {
        std::lock_guard lock(mutex_);
        done_.emplace(position, std::move(result));
      }
      result_ready_.notify_all();
    }
  }

  void WriterLoop() {
    while (true) {
      Out result;
      {
        std::unique_lock lock(mutex_);
        if (idle_ && done_.count(next_write_) == 0) {
          lock.unlock();
          idle_();  // e.g. flush the output, so that a slow producer's results are seen as they come
          lock.lock();
        }
        result_ready_.wait(lock, [&] { return done_.count(next_write_) > 0 || (closing_ && next_write_ == next_submit_); });
        auto it = done_.find(next_write_);
        if (it == done_.end()) return;  // closing, and everything is written
        result = std::move(it->second);
        done_.erase(it);
      }
      sink_(std::move(result));
      {
        std::lock_guard lock(mutex_);
        ++next_write_;
      }
      space_ready_.notify_all();
    }
  }

  Process process_;
  Sink sink_;
  Idle idle_;
  size_t window_;
  std::mutex mutex_;
  std::condition_variable work_ready_, result_ready_, space_ready_;
  std::deque<std::pair<uint64_t, In>> pending_;
  std::map<uint64_t, Out> done_;
  uint64_t next_submit_ = 0, next_write_ = 0;
  bool closing_ = false;
  std::vector<std::thread> workers_;
  std::thread writer_;
};

}  // namespace newsgraph::batch
