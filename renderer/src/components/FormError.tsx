/** Forms and editors announce a failed save the same way: an alert above the fields, absent when all is well. */
export function FormError({ message }: { message: string | null }) {
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}
