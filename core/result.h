#pragma once
// Result<T>: either a value or an Error. The single return type of fallible operations.

#include "error.h"

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace nexus {

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    template<typename U,
             typename = std::enable_if_t<std::is_convertible_v<U &&, T> && !std::is_same_v<std::decay_t<U>, T>
                                         && !std::is_same_v<std::decay_t<U>, Error> && !std::is_same_v<std::decay_t<U>, Result>>>
    Result(U &&value) : m_v(std::in_place_index<0>, T(std::forward<U>(value))) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T *operator->() const { return &std::get<T>(m_v); }
    T *operator->() { return &std::get<T>(m_v); }
    T &operator*() { return std::get<T>(m_v); }
    const T &operator*() const { return std::get<T>(m_v); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Unit {};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_e(std::move(error)) {}
    bool ok() const { return !m_e.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_e; }

private:
    std::optional<Error> m_e;
};

using Status = Result<void>;

} // namespace nexus
