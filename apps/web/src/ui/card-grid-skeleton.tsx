import { SimpleGrid, Skeleton } from '@mantine/core';

/** The shape of a card grid while its first page loads. */
export function CardGridSkeleton({ cardHeight }: { cardHeight: number }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" aria-busy="true">
      {Array.from({ length: 6 }, (_, index) => (
        <Skeleton key={index} height={cardHeight} radius="md" />
      ))}
    </SimpleGrid>
  );
}
